import type { FastifyRequest } from 'fastify'
import { Forbidden } from './errors.js'

export type Role = 'admin' | 'secretariat' | 'reporter' | 'reader'

/** Who calls: an API key's id, name, role and, for reporters, the one agency it reports for. */
export interface Principal { keyId: number, name: string, role: Role, agencyCode: string | null }

/**
 * Who may call a route. public: anyone; read: any valid key (the portal's reader, reporters,
 * the Standing Office, admins); report: keys that may write for an agency (reporters, scoped in
 * the service with assertActsFor, plus secretariat and admin); secretariat: the Standing Office
 * and admins; admin: admins only.
 */
export type Access = 'public' | 'read' | 'report' | 'secretariat' | 'admin'

export const ALLOWED: Record<Exclude<Access, 'public'>, readonly Role[]> = {
  read: ['admin', 'secretariat', 'reporter', 'reader'],
  report: ['admin', 'secretariat', 'reporter'],
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

/** A reporter acts only for its own agency; the Standing Office and admins act for all. */
export function assertActsFor (actor: Actor, agencyCode: string): void {
  const principal = actor.principal
  if (principal?.role === 'reporter' && principal.agencyCode !== agencyCode) {
    throw new Forbidden(`this key reports for ${principal.agencyCode ?? 'no agency'}, not for ${agencyCode}`)
  }
}
