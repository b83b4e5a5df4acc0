// The console's router (/shared/router.js under /console).
import { createRouter } from '/shared/router.js';

export const { route, fallback, navigate, render, start } = createRouter('/console');
