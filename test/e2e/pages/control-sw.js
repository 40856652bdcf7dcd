// An empty service worker for the control page.
