// Imported first by index.ts, so it runs before the script's other modules are evaluated.
performance.mark('event-lens:content:loaded');
