import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // hw- tags are custom elements (registered by @homeward/widgets), not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hw-') } } })],
  build: { chunkSizeWarningLimit: 1024 },
});
