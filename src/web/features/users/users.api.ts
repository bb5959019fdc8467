import type { CreateStaffUserBody, StaffUser, UpdateStaffUserBody } from '../../../contracts/admin';
import { api } from '../../app/api';

const BASE = '/api/admin/users';

export function listUsers(signal: AbortSignal): Promise<{ items: StaffUser[] }> {
  return api.get<{ items: StaffUser[] }>(BASE, signal);
}

export function getUser(id: string, signal: AbortSignal): Promise<StaffUser> {
  return api.get<StaffUser>(`${BASE}/${encodeURIComponent(id)}`, signal);
}

/** Throws ApiError `conflict` (field `username`, code `taken`) when the username is in use. */
export function createUser(body: CreateStaffUserBody): Promise<StaffUser> {
  return api.post<StaffUser>(BASE, body);
}

/** `reason` is required: it goes to the audit log with the change. */
export function updateUser(id: string, body: UpdateStaffUserBody): Promise<StaffUser> {
  return api.patch<StaffUser>(`${BASE}/${encodeURIComponent(id)}`, body);
}
