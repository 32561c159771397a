import '@homeward/widgets/define/intake-form';
import '@homeward/widgets/define/bar-chart';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
