import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The claims database and message handling arrive with the core loop.
});
