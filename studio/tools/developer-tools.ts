// Tools for developers (Vision's GROQ console), kept out of editors' top bar.
import type { ConfigContext, Tool } from 'sanity';

/** Tool names only administrators and developers see. */
export const DEVELOPER_TOOLS = new Set(['vision']);

const DEVELOPER_ROLES = new Set(['administrator', 'developer']);

/** The config's `tools`: every tool for administrators and developers, the editors' ones for others. */
export function toolsFor(prev: Tool[], { currentUser }: Pick<ConfigContext, 'currentUser'>): Tool[] {
  const developer = currentUser?.roles?.some((role) => DEVELOPER_ROLES.has(role.name)) ?? false;
  return developer ? prev : prev.filter((tool) => !DEVELOPER_TOOLS.has(tool.name));
}
