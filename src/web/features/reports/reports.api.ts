import type { ReportComparisonDto, ReportDetail, ReportList, ReportModelDto, UpdateReportBody } from '../../../contracts/reports';
import { api } from '../../app/api';

export type { ReportComparisonDto, ReportDetail, ReportList, ReportModelDto };

const base = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export const listReports = (signal?: AbortSignal): Promise<ReportList> => api.get<ReportList>('/api/reports', signal);
export const createReport = (body: { year: number; quarter: number }): Promise<ReportDetail> => api.post<ReportDetail>('/api/reports', body);
export const getReport = (id: string, signal?: AbortSignal): Promise<ReportDetail> => api.get<ReportDetail>(base(id), signal);
export const updateReport = (id: string, body: UpdateReportBody): Promise<ReportDetail> => api.patch<ReportDetail>(base(id), body);
export const deleteReport = (id: string): Promise<void> => api.delete(base(id));
export const previewReport = (id: string, signal?: AbortSignal): Promise<ReportModelDto> => api.get<ReportModelDto>(`${base(id)}/preview`, signal);
export const publishReport = (id: string): Promise<ReportDetail> => api.post<ReportDetail>(`${base(id)}/publish`, {});
export const getComparison = (id: string, signal?: AbortSignal): Promise<{ comparison: ReportComparisonDto | null }> => api.get(`${base(id)}/comparison`, signal);
export const reportPdfUrl = (id: string): string => `${base(id)}/report.pdf`;
