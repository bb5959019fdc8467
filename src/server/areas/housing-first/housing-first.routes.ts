import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  choiceOptionsSchema,
  enrolBodySchema,
  exitBodySchema,
  fidelityAssessmentSchema,
  fidelityBodySchema,
  housedBodySchema,
  participantListQuerySchema,
  participantListSchema,
  participantSchema,
  programmeQuerySchema,
  programmeSchema,
  targetBodySchema,
  targetParamsSchema,
  targetSchema,
  updateParticipantBodySchema,
} from '../../../contracts/housing-first.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as participants from './participants.service.js';
import { getProgramme, recordAssessment, setTarget } from './programme.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const idParams = z.object({ id: z.uuid() });
const tags = ['housing-first'];

/** The Housing First programme: participants, the yearly target and figures, retention, fidelity self-assessments. */
export function registerHousingFirstRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/housing-first/programme',
    { schema: { tags, summary: "The year's figures against the target, retention at 6 and 12 months, fidelity history (the manager: aggregates with <5)", querystring: programmeQuerySchema, response: { 200: programmeSchema, ...errors } } },
    async (req) => getProgramme(ctxOf(req), req.query.year),
  );

  app.put(
    '/api/housing-first/targets/:year',
    { schema: { tags, summary: "Set the year's target number of participants (follow-up team, caseworker)", params: targetParamsSchema, body: targetBodySchema, response: { 200: targetSchema, ...errors } } },
    async (req) => setTarget(ctxOf(req), req.params.year, req.body.participants),
  );

  app.post(
    '/api/housing-first/fidelity',
    { schema: { tags, summary: 'Record a fidelity self-assessment: every item of the scale scored 1–4', body: fidelityBodySchema, response: { 201: fidelityAssessmentSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await recordAssessment(ctxOf(req), req.body)),
  );

  app.get(
    '/api/housing-first/participants',
    { schema: { tags, summary: 'Participants with their status (follow-up team, caseworker)', querystring: participantListQuerySchema, response: { 200: participantListSchema, ...errors } } },
    async (req) => participants.listParticipants(ctxOf(req), req.query.status),
  );

  app.get(
    '/api/housing-first/options',
    { schema: { tags, summary: "Districts and today's vacant dwellings, for the participant's choice", response: { 200: choiceOptionsSchema, ...errors } } },
    async (req) => participants.getChoiceOptions(ctxOf(req)),
  );

  app.post(
    '/api/housing-first/participants',
    { schema: { tags, summary: 'Enrol a person: referral, consent (required), team and their own choice; one active enrolment per person', body: enrolBodySchema, response: { 201: participantSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await participants.enrol(ctxOf(req), req.body)),
  );

  app.get(
    '/api/housing-first/participants/:id',
    { schema: { tags, summary: 'One participant (logged as a read of the person)', params: idParams, response: { 200: participantSchema, ...errors } } },
    async (req) => participants.getParticipant(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/housing-first/participants/:id',
    { schema: { tags, summary: "Change the team, the referral or the participant's choice", params: idParams, body: updateParticipantBodySchema, response: { 200: participantSchema, ...errors } } },
    async (req) => participants.updateParticipant(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/housing-first/participants/:id/housed',
    { schema: { tags, summary: 'Record the day the participant was housed, with the lease', params: idParams, body: housedBodySchema, response: { 200: participantSchema, ...errors } } },
    async (req) => participants.recordHoused(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/housing-first/participants/:id/exit',
    { schema: { tags, summary: 'The participant leaves the programme, with the reason', params: idParams, body: exitBodySchema, response: { 200: participantSchema, ...errors } } },
    async (req) => participants.recordExit(ctxOf(req), req.params.id, req.body),
  );
}
