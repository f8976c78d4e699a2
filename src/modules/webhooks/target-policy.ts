import { promises as dns, type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { TargetRefused } from '../../shared/errors.js'

const PUBLIC_ONLY = 'webhook receivers must be public hosts unless the operator allows this one'

// The first list that matches names the reason, so the narrow ones come first. Each IPv4 rule also
// catches the IPv4-mapped IPv6 form (::ffff:a.b.c.d): BlockList compares those as IPv4.
const FORBIDDEN: Array<[string, string[]]> = [
  ['a cloud metadata', ['169.254.169.254/32', '168.63.129.16/32', '100.100.100.200/32', '192.0.0.192/32', 'fd00:ec2::254/128']],
  ['an unspecified', ['0.0.0.0/8', '::/128']],
  ['a loopback', ['127.0.0.0/8', '::1/128']],
  ['a private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']],
  ['a carrier-grade NAT', ['100.64.0.0/10']],
  ['a link-local', ['169.254.0.0/16', 'fe80::/10']],
  ['a unique-local', ['fc00::/7', 'fec0::/10']],
  ['a multicast', ['224.0.0.0/4', 'ff00::/8']],
  // IPv4-compatible, IPv4-translated, NAT64, 6to4 and Teredo addresses lead to an IPv4 host this list cannot see.
  ['a reserved', ['192.0.0.0/24', '198.18.0.0/15', '240.0.0.0/4', '::/96', '::ffff:0:0:0/96', '100::/64', '64:ff9b::/96', '64:ff9b:1::/48', '2001::/32', '2002::/16']]
]

type Family = 'ipv4' | 'ipv6'
interface Subnet { address: string, prefix: number, family: Family }
export type Resolver = (hostname: string) => Promise<LookupAddress[]>

function subnetOf (text: string): Subnet | undefined {
  const [address = '', bits, ...rest] = text.replace(/^\[(.*)\]/, '$1').split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return undefined
  const max = version === 4 ? 32 : 128
  const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : -1
  return prefix >= 0 && prefix <= max ? { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' } : undefined
}

function blockList (subnets: Subnet[]): BlockList {
  const list = new BlockList()
  for (const s of subnets) list.addSubnet(s.address, s.prefix, s.family)
  return list
}

const FORBIDDEN_LISTS = FORBIDDEN.map(([reason, cidrs]) => [reason, blockList(cidrs.map((c) => subnetOf(c) as Subnet))] as const)
const HOST_NAME = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)*$/
const hostKey = (host: string): string => host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '')

const systemResolver = (timeoutMs: number): Resolver => async (hostname) => await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('resolution timed out')), timeoutMs)
  dns.lookup(hostname, { all: true, verbatim: true }).then(resolve, reject).finally(() => clearTimeout(timer))
})

/**
 * Decides which hosts webhooks may reach: public addresses, plus what the allow-list names (host
 * names, addresses or CIDRs). A name is judged by every address it resolves to, and the same rule
 * runs in the connection's own lookup, so the address checked is the address connected to.
 */
export class TargetPolicy {
  private readonly allowedNames = new Set<string>()
  private readonly allowedAddresses: BlockList
  private readonly resolve: Resolver

  constructor (allowList: string, resolve: Resolver = systemResolver(3000)) {
    const subnets: Subnet[] = []
    for (const entry of allowList.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
      const subnet = subnetOf(entry)
      if (subnet !== undefined) subnets.push(subnet)
      else if (HOST_NAME.test(hostKey(entry)) && !entry.includes('/')) this.allowedNames.add(hostKey(entry))
      else throw new Error(`WEBHOOK_ALLOWED_HOSTS: ${JSON.stringify(entry)} is not a host name, an address or a CIDR`)
    }
    this.allowedAddresses = blockList(subnets)
    this.resolve = resolve
  }

  /** Why an address may not be reached, or undefined when it may. */
  refusal (address: string): string | undefined {
    const bare = address.replace(/%.*$/, '')
    const version = isIP(bare)
    if (version === 0) return 'an unrecognised'
    const family = version === 4 ? 'ipv4' : 'ipv6'
    if (this.allowedAddresses.check(bare, family)) return undefined
    return FORBIDDEN_LISTS.find(([, list]) => list.check(bare, family))?.[0]
  }

  /** Refuses, without any connection, what can be judged from the URL alone (its literal address). */
  checkLiteral (url: URL): void {
    if (url.username !== '' || url.password !== '') throw new TargetRefused('credentials in the URL are not supported')
    const host = hostKey(url.hostname)
    const why = isIP(host) === 0 ? undefined : this.refusal(host)
    if (why !== undefined) throw new TargetRefused(`${host} is ${why} address; ${PUBLIC_ONLY}`)
  }

  /** The addresses a name may be reached at: all of them allowed, or a refusal. */
  async addressesOf (hostname: string): Promise<LookupAddress[]> {
    const host = hostKey(hostname)
    let addresses: LookupAddress[]
    try {
      addresses = await this.resolve(host)
    } catch {
      throw new TargetRefused(`${host} could not be resolved`)
    }
    if (addresses.length === 0) throw new TargetRefused(`${host} could not be resolved`)
    if (this.allowedNames.has(host)) return addresses
    for (const { address } of addresses) {
      const why = this.refusal(address)
      if (why !== undefined) throw new TargetRefused(`${host} resolves to ${why} address; ${PUBLIC_ONLY}`)
    }
    return addresses
  }

  /** The check made when a subscription is created. */
  async check (url: URL): Promise<void> {
    this.checkLiteral(url)
    const host = hostKey(url.hostname)
    if (isIP(host) === 0 && !this.allowedNames.has(host)) await this.addressesOf(host)
  }

  /** A `lookup` for net.connect: resolves once, applies the rule, and hands over only checked addresses. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.addressesOf(hostname).then((all) => {
      const wanted = all.filter((a) => options.family === undefined || options.family === 0 || a.family === Number(String(options.family).replace('IPv', '')))
      const [first] = wanted
      if (first === undefined) callback(Object.assign(new Error(`no address of the requested family for ${hostname}`), { code: 'ENOTFOUND' }), '')
      else if (options.all === true) callback(null, wanted)
      else callback(null, first.address, first.family)
    }, (error: Error) => { callback(error, '') })
  }
}
