import type { z } from 'zod';
import type {
  fairnessSchema,
  overrideBodySchema,
  replaySchema,
  RoundDto,
  roundListSchema,
  sendOffersBodySchema,
  sendOffersResultSchema,
  waitingListSchema,
} from '../../../contracts/allocation';
import type { acceptOfferBodySchema, OfferDto, offerListSchema, refuseOfferBodySchema } from '../../../contracts/offers';
import { api, toQuery } from '../../app/api';

export type WaitingList = z.infer<typeof waitingListSchema>;
export type WaitingEntry = WaitingList['items'][number];
export type RoundList = z.infer<typeof roundListSchema>;
export type Replay = z.infer<typeof replaySchema>;
export type SendOffersResult = z.infer<typeof sendOffersResultSchema>;
export type OfferList = z.infer<typeof offerListSchema>;
export type Fairness = z.infer<typeof fairnessSchema>;
export type { OfferDto, RoundDto };

/** The waiting list's filters, as they stand in the page's query string. */
export const WAITING_FILTERS = ['needCategory', 'band', 'q'] as const;
export type WaitingFilters = Record<(typeof WAITING_FILTERS)[number], string>;

export function readWaitingFilters(query: URLSearchParams): WaitingFilters {
  return { needCategory: query.get('needCategory') ?? '', band: query.get('band') ?? '', q: query.get('q') ?? '' };
}

export function getWaitingList(filters: WaitingFilters, signal: AbortSignal): Promise<WaitingList> {
  return api.get<WaitingList>(`/api/waiting-list${toQuery(filters)}`, signal);
}

/** Sets (points) or removes (points null) a caseworker's priority override; the reason is required either way. */
export function setPriorityOverride(caseId: string, body: z.input<typeof overrideBodySchema>): Promise<void> {
  return api.put<void>(`/api/waiting-list/${encodeURIComponent(caseId)}/override`, body);
}

const roundPath = (id: string) => `/api/allocation/rounds/${encodeURIComponent(id)}`;

export function listRounds(signal: AbortSignal): Promise<RoundList> {
  return api.get<RoundList>('/api/allocation/rounds', signal);
}

/** Runs a round over all current vacancies and stores it; no offers go out yet. */
export function runRound(): Promise<RoundDto> {
  return api.post<RoundDto>('/api/allocation/rounds', undefined);
}

export function getRound(id: string, signal: AbortSignal): Promise<RoundDto> {
  return api.get<RoundDto>(roundPath(id), signal);
}

export function replayRound(id: string): Promise<Replay> {
  return api.post<Replay>(`${roundPath(id)}/replay`, undefined);
}

/** The meeting's choices, one per vacancy; all offers go out or none. */
export function sendRoundOffers(id: string, body: z.input<typeof sendOffersBodySchema>): Promise<SendOffersResult> {
  return api.post<SendOffersResult>(`${roundPath(id)}/offers`, body);
}

const offerPath = (id: string) => `/api/offers/${encodeURIComponent(id)}`;

export function listOffers(signal: AbortSignal): Promise<OfferList> {
  return api.get<OfferList>('/api/offers', signal);
}

export function acceptOffer(id: string, body: z.input<typeof acceptOfferBodySchema>): Promise<OfferDto> {
  return api.post<OfferDto>(`${offerPath(id)}/accept`, body);
}

export function refuseOffer(id: string, body: z.input<typeof refuseOfferBodySchema>): Promise<OfferDto> {
  return api.post<OfferDto>(`${offerPath(id)}/refuse`, body);
}

export type FairnessParams = { months: string; threshold: string };

export function readFairnessParams(query: URLSearchParams): FairnessParams {
  return { months: query.get('months') ?? '', threshold: query.get('threshold') ?? '' };
}

export function getFairness(params: FairnessParams, signal: AbortSignal): Promise<Fairness> {
  return api.get<Fairness>(`/api/fairness${toQuery(params)}`, signal);
}
