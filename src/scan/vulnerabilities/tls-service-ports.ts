// Ports registered for a protocol other than HTTP spoken over TLS from the first byte (IANA Service Name and
// Transport Protocol Port Number Registry, https://www.iana.org/assignments/service-names-port-numbers; 5223 is
// XMPP's customary direct-TLS port, XEP-0368). The HSTS check does not send a GET there: such a service answers
// an HTTP request with its own banner or with silence, and silence would cost the whole wait for an answer.

const TLS_SERVICES: ReadonlyMap<number, string> = new Map([
  [465, 'SMTP submission over TLS (submissions)'],
  [563, 'NNTP over TLS (nntps)'],
  [636, 'LDAP over TLS (ldaps)'],
  [853, 'DNS over TLS (domain-s)'],
  [989, 'FTP data over TLS (ftps-data)'],
  [990, 'FTP over TLS (ftps)'],
  [992, 'Telnet over TLS (telnets)'],
  [993, 'IMAP over TLS (imaps)'],
  [994, 'IRC over TLS (ircs)'],
  [995, 'POP3 over TLS (pop3s)'],
  [3269, 'the LDAP global catalog over TLS (msft-gc-ssl)'],
  [5061, 'SIP over TLS (sips)'],
  [5223, 'XMPP over TLS'],
  [5671, 'AMQP over TLS (amqps)'],
  [6514, 'syslog over TLS (syslog-tls)'],
  [6697, 'IRC over TLS (ircs-u)'],
  [8883, 'MQTT over TLS (secure-mqtt)']
]);

/** The non-HTTP service registered on this port, or undefined. */
export function nonHttpTlsService(port: number): string | undefined {
  return TLS_SERVICES.get(port);
}
