/**
 * Who is using the sidebar: the candidate or the sponsoring manager, as they chose it, kept per
 * Doc in their own user properties. The account email cannot tell: Session.getActiveUser() needs
 * the userinfo.email scope, beyond the least this add-on asks for, and is often blank anyway.
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 * https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
 */
import {roleInSentence} from '../core/program';
import {PROGRAM} from '../core/program-data';
import {isRole, type Role} from '../core/report';

const ROLE_KEY_PREFIX = 'lmp.role.';

export function currentRole(documentId: string): Role | null {
  const chosen = PropertiesService.getUserProperties().getProperty(
    ROLE_KEY_PREFIX + documentId,
  );
  return isRole(chosen) ? chosen : null;
}

export function chooseRole(documentId: string, role: Role): Role {
  PropertiesService.getUserProperties().setProperty(
    ROLE_KEY_PREFIX + documentId,
    role,
  );
  return role;
}

/** The error for an action that needs the role while none is chosen, with the program's names. */
export function roleNotChosen(then: string): Error {
  return new Error(
    `Choose whether you are ${roleInSentence(PROGRAM, 'candidate')} or ${roleInSentence(PROGRAM, 'manager')} first, ${then}.`,
  );
}
