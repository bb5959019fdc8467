import type {
  AdoptBody,
  CreatePlanBody,
  Dashboard,
  GoalBody,
  MeasureBody,
  PlanDto,
  PlanList,
  QuotaBody,
  RevisionDto,
  RevisionList,
  TargetBody,
  UpdateMeasureBody,
  UpdatePlanBody,
} from '../../../contracts/plan';
import { api } from '../../app/api';

export type { Dashboard, PlanDto, PlanList, RevisionDto, RevisionList };

const base = (id: string) => `/api/plan/plans/${encodeURIComponent(id)}`;

export const getDashboard = (date: string | undefined, signal?: AbortSignal): Promise<Dashboard> =>
  api.get<Dashboard>(`/api/plan/dashboard${date ? `?date=${encodeURIComponent(date)}` : ''}`, signal);
export const listPlans = (signal?: AbortSignal): Promise<PlanList> => api.get<PlanList>('/api/plan/plans', signal);
export const createPlan = (body: CreatePlanBody): Promise<PlanDto> => api.post<PlanDto>('/api/plan/plans', body);
export const getPlan = (id: string, signal?: AbortSignal): Promise<PlanDto> => api.get<PlanDto>(base(id), signal);
export const updatePlan = (id: string, body: UpdatePlanBody): Promise<PlanDto> => api.patch<PlanDto>(base(id), body);
export const adoptPlan = (id: string, body: AdoptBody): Promise<PlanDto> => api.post<PlanDto>(`${base(id)}/adopt`, body);
export const archivePlan = (id: string): Promise<PlanDto> => api.post<PlanDto>(`${base(id)}/archive`, {});
export const addGoal = (id: string, body: GoalBody): Promise<PlanDto> => api.post<PlanDto>(`${base(id)}/goals`, body);
export const updateGoal = (id: string, goalId: string, body: Partial<GoalBody>): Promise<PlanDto> => api.patch<PlanDto>(`${base(id)}/goals/${goalId}`, body);
export const removeGoal = (id: string, goalId: string): Promise<void> => api.delete(`${base(id)}/goals/${goalId}`);
export const reorderGoals = (id: string, goalIds: string[]): Promise<PlanDto> => api.put<PlanDto>(`${base(id)}/goal-order`, { goalIds });
export const addMeasure = (id: string, goalId: string, body: MeasureBody): Promise<PlanDto> => api.post<PlanDto>(`${base(id)}/goals/${goalId}/measures`, body);
export const updateMeasure = (id: string, measureId: string, body: UpdateMeasureBody): Promise<PlanDto> => api.patch<PlanDto>(`${base(id)}/measures/${measureId}`, body);
export const removeMeasure = (id: string, measureId: string): Promise<void> => api.delete(`${base(id)}/measures/${measureId}`);
export const setTarget = (id: string, body: TargetBody): Promise<PlanDto> => api.put<PlanDto>(`${base(id)}/targets`, body);
export const removeTarget = (id: string, indicatorId: string, year: number): Promise<void> => api.delete(`${base(id)}/targets/${encodeURIComponent(indicatorId)}/${year}`);
export const setQuota = (id: string, body: QuotaBody): Promise<PlanDto> => api.put<PlanDto>(`${base(id)}/quotas`, body);
export const removeQuota = (id: string, groupKey: string): Promise<void> => api.delete(`${base(id)}/quotas/${encodeURIComponent(groupKey)}`);
export const listRevisions = (id: string, signal?: AbortSignal): Promise<RevisionList> => api.get<RevisionList>(`${base(id)}/revisions`, signal);
export const getRevision = (id: string, revision: number, signal?: AbortSignal): Promise<RevisionDto> => api.get<RevisionDto>(`${base(id)}/revisions/${revision}`, signal);
