import type { FastifyRequest } from 'fastify'
import { Forbidden } from './errors.js'

export type Role = 'admin' | 'secretariat' | 'reporter' | 'reader' | 'integration'

/** Who calls: an API key's id, name, role and, for reporters and integrations, the one agency it acts for. */
export interface Principal { keyId: number, name: string, role: Role, agencyCode: string | null }

/**
 * Who may call a route. public: anyone; read: any valid key (the portal's reader, reporters,
 * the Standing Office, admins); report: keys that may write for an agency (reporters, scoped in
 * the service with assertActsFor, plus secretariat and admin); secretariat: the Standing Office
 * and admins; admin: admins only. funding: keys that write funding figures (reporters their
 * agency's needs, integration keys of the finance and science ministries' systems the budget
 * figures, the Standing Office and admins all of them; see the funding module's rules).
 */
export type Access = 'public' | 'read' | 'report' | 'funding' | 'secretariat' | 'admin'

export const ALLOWED: Record<Exclude<Access, 'public'>, readonly Role[]> = {
  read: ['admin', 'secretariat', 'reporter', 'reader', 'integration'],
  report: ['admin', 'secretariat', 'reporter'],
  funding: ['admin', 'secretariat', 'reporter', 'integration'],
  secretariat: ['admin', 'secretariat'],
  admin: ['admin']
}

declare module 'fastify' {
  interface FastifyContextConfig { access?: Access }
  interface FastifyRequest { principal: Principal | null }
}

/** What a use case needs to know of the request behind it: who acts, and the id the audit quotes. */
export interface Actor { principal: Principal | null, requestId: string }

export function actorOf (request: FastifyRequest): Actor {
  return { principal: request.principal, requestId: String(request.id) }
}

export function actorName (actor: Actor): string {
  return actor.principal?.name ?? 'anonymous'
}

/**
 * The systems the notices name as sending budget figures (17-TB §4.d): the Ministry of Finance's
 * (disbursement of state-budget capital) and the Ministry of Science and Technology's (allocation).
 * Only they have integration keys.
 */
export const FUNDING_SYSTEMS: readonly string[] = ['BTC', 'BKHCN']

/** A reporter acts only for its own agency; the Standing Office and admins act for all. */
export function assertActsFor (actor: Actor, agencyCode: string): void {
  const principal = actor.principal
  if (principal?.role === 'reporter' && principal.agencyCode !== agencyCode) {
    throw new Forbidden(`this key reports for ${principal.agencyCode ?? 'no agency'}, not for ${agencyCode}`)
  }
}
