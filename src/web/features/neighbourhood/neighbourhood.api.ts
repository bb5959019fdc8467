import type {
  Activity,
  AddPartyBody,
  BuildingDetail,
  BuildingList,
  BuildingTenant,
  CaretakerTask,
  CaretakerTaskList,
  CloseNeighbourCaseBody,
  CompleteCaretakerTaskBody,
  CreateActivityBody,
  CreateCaretakerTaskBody,
  CreateNeighbourCaseBody,
  NeighbourCase,
  NeighbourCaseList,
  NeighbourhoodStaff,
  RecordAgreementBody,
  RecordMeetingBody,
} from '../../../contracts/neighbourhood';
import { api } from '../../app/api';

const id = encodeURIComponent;

/** Buildings with municipal dwellings, their activities and tasks (and active cases for the team). */
export function listBuildings(signal: AbortSignal): Promise<BuildingList> {
  return api.get<BuildingList>('/api/neighbourhood/buildings', signal);
}

export function getBuilding(slug: string, signal: AbortSignal): Promise<BuildingDetail> {
  return api.get<BuildingDetail>(`/api/neighbourhood/buildings/${id(slug)}`, signal);
}

/** The building's tenants who may be named as parties (team only). */
export async function listTenants(slug: string, signal: AbortSignal): Promise<BuildingTenant[]> {
  return (await api.get<{ items: BuildingTenant[] }>(`/api/neighbourhood/buildings/${id(slug)}/tenants`, signal)).items;
}

export async function listStaff(signal: AbortSignal): Promise<NeighbourhoodStaff['items']> {
  return (await api.get<NeighbourhoodStaff>('/api/neighbourhood/staff', signal)).items;
}

/** The team's active cases with counts by status. */
export function listActiveCases(signal: AbortSignal): Promise<NeighbourCaseList> {
  return api.get<NeighbourCaseList>('/api/neighbourhood/cases?status=active&limit=200', signal);
}

/** One case; each tenant household named is written to the access log. */
export function getCase(caseId: string, signal: AbortSignal): Promise<NeighbourCase> {
  return api.get<NeighbourCase>(`/api/neighbourhood/cases/${id(caseId)}`, signal);
}

/** Field errors on `buildingKey`, `reportedOn`, `responsibleWorkerId`. */
export function openCase(body: CreateNeighbourCaseBody): Promise<NeighbourCase> {
  return api.post<NeighbourCase>('/api/neighbourhood/cases', body);
}

export function addParty(caseId: string, body: AddPartyBody): Promise<NeighbourCase> {
  return api.post<NeighbourCase>(`/api/neighbourhood/cases/${id(caseId)}/parties`, body);
}

export function recordMeeting(caseId: string, body: RecordMeetingBody): Promise<NeighbourCase> {
  return api.post<NeighbourCase>(`/api/neighbourhood/cases/${id(caseId)}/meetings`, body);
}

/** 422 when no dialogue meeting is recorded yet. */
export function recordAgreement(caseId: string, body: RecordAgreementBody): Promise<NeighbourCase> {
  return api.post<NeighbourCase>(`/api/neighbourhood/cases/${id(caseId)}/agreements`, body);
}

export function closeCase(caseId: string, body: CloseNeighbourCaseBody): Promise<NeighbourCase> {
  return api.post<NeighbourCase>(`/api/neighbourhood/cases/${id(caseId)}/close`, body);
}

/** Field error `attended_above_invited` on `householdsAttended`. */
export function recordActivity(body: CreateActivityBody): Promise<Activity> {
  return api.post<Activity>('/api/neighbourhood/activities', body);
}

/** Open caretaker tasks in every building. */
export function listOpenTasks(signal: AbortSignal): Promise<CaretakerTaskList> {
  return api.get<CaretakerTaskList>('/api/neighbourhood/caretaker-tasks?status=open&limit=200', signal);
}

export function createTask(body: CreateCaretakerTaskBody): Promise<CaretakerTask> {
  return api.post<CaretakerTask>('/api/neighbourhood/caretaker-tasks', body);
}

export function completeTask(taskId: string, body: CompleteCaretakerTaskBody): Promise<CaretakerTask> {
  return api.post<CaretakerTask>(`/api/neighbourhood/caretaker-tasks/${id(taskId)}/done`, body);
}
