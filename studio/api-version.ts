// The Content Lake API version the Studio's own queries (lists, Vision) are written against.
export const API_VERSION = '2025-02-19';
