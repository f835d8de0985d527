/**
 * Who is using the sidebar: the candidate or the sponsoring manager. The account email is often
 * empty (consumer accounts, other domains), so the user's own choice, kept per document in their
 * user properties, comes first.
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
import type {Role} from '../core/report';
import type {SidebarState} from '../contract';

const ROLE_KEY_PREFIX = 'lmp.role.';

export interface KnownRole {
  role: Role | null;
  source: SidebarState['roleSource'];
}

export function currentRole(documentId: string): KnownRole {
  const chosen = PropertiesService.getUserProperties().getProperty(
    ROLE_KEY_PREFIX + documentId,
  );
  if (chosen === 'candidate' || chosen === 'manager')
    return {role: chosen, source: 'chosen'};
  return {role: null, source: 'none'};
}

export function chooseRole(documentId: string, role: Role): KnownRole {
  PropertiesService.getUserProperties().setProperty(
    ROLE_KEY_PREFIX + documentId,
    role,
  );
  return {role, source: 'chosen'};
}
