import type {} from '@homeward/widgets/vue';
