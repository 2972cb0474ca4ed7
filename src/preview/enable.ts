// GET /api/draft-mode/enable: see routes.ts.
export { enable as GET } from './routes';
export const prerender = false;
