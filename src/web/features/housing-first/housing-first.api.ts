import type {
  ChoiceOptions,
  EnrolInput,
  ExitBody,
  FidelityAssessmentDto,
  FidelityBody,
  HousedBody,
  Participant,
  ParticipantList,
  Programme,
  UpdateParticipantBody,
} from '../../../contracts/housing-first';
import { api } from '../../app/api';

export type { ChoiceOptions, FidelityAssessmentDto, Participant, ParticipantList, Programme };

export function getProgramme(year: number | undefined, signal?: AbortSignal): Promise<Programme> {
  return api.get<Programme>(`/api/housing-first/programme${year ? `?year=${year}` : ''}`, signal);
}

export function setTarget(year: number, participants: number): Promise<{ year: number; participants: number }> {
  return api.put(`/api/housing-first/targets/${year}`, { participants });
}

export function listParticipants(status: 'active' | 'all', signal?: AbortSignal): Promise<ParticipantList> {
  return api.get<ParticipantList>(`/api/housing-first/participants?status=${status}`, signal);
}

export function getChoiceOptions(signal?: AbortSignal): Promise<ChoiceOptions> {
  return api.get<ChoiceOptions>('/api/housing-first/options', signal);
}

export function enrol(body: EnrolInput): Promise<Participant> {
  return api.post<Participant>('/api/housing-first/participants', body);
}

export function getParticipant(id: string, signal?: AbortSignal): Promise<Participant> {
  return api.get<Participant>(`/api/housing-first/participants/${encodeURIComponent(id)}`, signal);
}

export function updateParticipant(id: string, body: UpdateParticipantBody): Promise<Participant> {
  return api.patch<Participant>(`/api/housing-first/participants/${encodeURIComponent(id)}`, body);
}

export function recordHoused(id: string, body: HousedBody): Promise<Participant> {
  return api.post<Participant>(`/api/housing-first/participants/${encodeURIComponent(id)}/housed`, body);
}

export function recordExit(id: string, body: ExitBody): Promise<Participant> {
  return api.post<Participant>(`/api/housing-first/participants/${encodeURIComponent(id)}/exit`, body);
}

export function recordFidelity(body: FidelityBody): Promise<FidelityAssessmentDto> {
  return api.post<FidelityAssessmentDto>('/api/housing-first/fidelity', body);
}
