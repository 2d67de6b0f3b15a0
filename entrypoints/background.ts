import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The background grows with the overlay and self-report issues.
});
