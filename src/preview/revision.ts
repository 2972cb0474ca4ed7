// GET /api/draft-mode/revision: see routes.ts.
export { revision as GET } from './routes';
export const prerender = false;
