/**
 * The background's answers about where the extension runs (extension pages only).
 *
 * @module
 */
import type { z } from 'zod';
import type {
  Request,
  SetSiteEnabledResponseSchema,
  SiteStatusResponseSchema,
} from '../messages/protocol';

/** Requests this module answers. */
export type SiteRequest = Extract<Request, { type: 'site-status' } | { type: 'set-site-enabled' }>;
export type SiteResponse =
  z.infer<typeof SiteStatusResponseSchema> | z.infer<typeof SetSiteEnabledResponseSchema>;

/** What answering needs from the browser; the background passes the real APIs, tests fakes. */
export interface SiteControl {
  placeholder?: never;
}

/** Answers one validated site request. */
export async function handleSiteRequest(
  request: SiteRequest,
  control: SiteControl,
): Promise<SiteResponse> {
  void control;
  throw new Error(`${request.type}: not implemented yet`);
}
