import type { z } from 'zod';
import type { Candidate, createPlanBodySchema, OutcomeBody, Plan, PlanList, UpdatePlanBody } from '../../../contracts/rent-to-own';
import { api } from '../../app/api';

export type { Candidate, Plan, PlanList };

export function listPlans(status: 'active' | 'all', signal?: AbortSignal): Promise<PlanList> {
  return api.get<PlanList>(`/api/rent-to-own/plans?status=${status}`, signal);
}

export async function listCandidates(signal?: AbortSignal): Promise<Candidate[]> {
  return (await api.get<{ items: Candidate[] }>('/api/rent-to-own/candidates', signal)).items;
}

export function createPlan(body: z.input<typeof createPlanBodySchema>): Promise<Plan> {
  return api.post<Plan>('/api/rent-to-own/plans', body);
}

export function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return api.get<Plan>(`/api/rent-to-own/plans/${encodeURIComponent(id)}`, signal);
}

export function updatePlan(id: string, body: UpdatePlanBody): Promise<Plan> {
  return api.patch<Plan>(`/api/rent-to-own/plans/${encodeURIComponent(id)}`, body);
}

export function recordOutcome(id: string, body: OutcomeBody): Promise<Plan> {
  return api.post<Plan>(`/api/rent-to-own/plans/${encodeURIComponent(id)}/outcome`, body);
}
