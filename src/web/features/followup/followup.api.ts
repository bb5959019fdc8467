import type {
  AddNoteBody,
  AddServiceBody,
  CreatePlanBody,
  EndPlanBody,
  EndServiceBody,
  FollowupPlan,
  MyDay,
  PlanContactBody,
  PlanList,
  RecordContactBody,
  SharingOverview,
  StaffRef,
  UpdatePlanBody,
} from '../../../contracts/followup';
import { api } from '../../app/api';

const id = encodeURIComponent;

/** My households (the most urgent first), my visits today, my open tasks. */
export function getMyDay(signal: AbortSignal): Promise<MyDay> {
  return api.get<MyDay>('/api/followup/my-day', signal);
}

/** The plans the user may see (the consent register decides), the most urgent first. */
export function listPlans(query: { offset?: number; limit?: number; householdId?: string; status?: 'open' | 'ended' | 'all' }, signal: AbortSignal): Promise<PlanList> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return api.get<PlanList>(`/api/followup/plans?${params.toString()}`, signal);
}

/** One plan; the read is written to the access log. */
export function getPlan(planId: string, signal: AbortSignal): Promise<FollowupPlan> {
  return api.get<FollowupPlan>(`/api/followup/plans/${id(planId)}`, signal);
}

/** 409 with field `householdId` when the household already has an open plan. */
export function createPlan(body: CreatePlanBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>('/api/followup/plans', body);
}

export function updatePlan(planId: string, body: UpdatePlanBody): Promise<FollowupPlan> {
  return api.patch<FollowupPlan>(`/api/followup/plans/${id(planId)}`, body);
}

export function endPlan(planId: string, body: EndPlanBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>(`/api/followup/plans/${id(planId)}/end`, body);
}

export function addService(planId: string, body: AddServiceBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>(`/api/followup/plans/${id(planId)}/services`, body);
}

export function endService(serviceId: string, body: EndServiceBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>(`/api/followup/services/${id(serviceId)}/end`, body);
}

export function planContact(planId: string, body: PlanContactBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>(`/api/followup/plans/${id(planId)}/contacts`, body);
}

/** Held (with the day, and the checklist for a move-in visit), missed or cancelled. */
export function recordContact(contactId: string, body: RecordContactBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>(`/api/followup/contacts/${id(contactId)}/record`, body);
}

export function addNote(planId: string, body: AddNoteBody): Promise<FollowupPlan> {
  return api.post<FollowupPlan>(`/api/followup/plans/${id(planId)}/notes`, body);
}

/** The follow-up team's active staff. */
export async function listWorkers(signal: AbortSignal): Promise<StaffRef[]> {
  return (await api.get<{ items: StaffRef[] }>('/api/followup/workers', signal)).items;
}

/** The person's consents and who has read the file (caseworker); the read is logged. */
export function getSharingOverview(personId: string, signal: AbortSignal): Promise<SharingOverview> {
  return api.get<SharingOverview>(`/api/persons/${id(personId)}/sharing-overview`, signal);
}
