/**
 * The accounts and partners the end-to-end run creates on its real server (through the admin API, as an embassy
 * would), shared by the global setup (node) and the tests (Chromium). Passwords are for a throwaway temporary
 * database only.
 */
export const E2E_OFFICE = 'khm-embassy-bangkok';
export const E2E_PASSWORD = 'e2e only: correct horse battery staple';
export const CONSENTED_PARTNER = 'Phnom Penh Shelter';
export const OTHER_PARTNER = 'Bangkok Legal Aid';

export type E2eRole = 'registrar' | 'caseworker' | 'analyst' | 'partner';

export const e2eEmail = (role: E2eRole) => `${role}@e2e.example.org`;
