import type { CheckBody, CreateProjectBody, Project, ProjectList, QuotaUnitsBody, StatusBody, UpdateProjectBody } from '../../../contracts/building-projects';
import type { ProjectStatus } from '../../../domain/building-projects/status';
import { api } from '../../app/api';

export type { Project, ProjectList };

export function listProjects(status: ProjectStatus | 'open' | 'all', signal?: AbortSignal): Promise<ProjectList> {
  return api.get<ProjectList>(`/api/building-projects?status=${status}`, signal);
}

export function createProject(body: Partial<CreateProjectBody>): Promise<Project> {
  return api.post<Project>('/api/building-projects', body);
}

export function getProject(id: string, signal?: AbortSignal): Promise<Project> {
  return api.get<Project>(`/api/building-projects/${encodeURIComponent(id)}`, signal);
}

export function updateProject(id: string, body: UpdateProjectBody): Promise<Project> {
  return api.patch<Project>(`/api/building-projects/${encodeURIComponent(id)}`, body);
}

export function changeStatus(id: string, body: StatusBody): Promise<Project> {
  return api.post<Project>(`/api/building-projects/${encodeURIComponent(id)}/status`, body);
}

export function setQuotaUnits(id: string, body: QuotaUnitsBody): Promise<Project> {
  return api.put<Project>(`/api/building-projects/${encodeURIComponent(id)}/quotas`, body);
}

export function setCheck(id: string, itemKey: string, body: CheckBody): Promise<Project> {
  return api.put<Project>(`/api/building-projects/${encodeURIComponent(id)}/checklist/${encodeURIComponent(itemKey)}`, body);
}
