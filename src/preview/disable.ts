// GET /api/draft-mode/disable: see routes.ts.
export { disable as GET } from './routes';
export const prerender = false;
