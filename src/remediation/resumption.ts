// Server lines and reproduce commands for session resumption: turning session-ID caches and tickets on or off,
// sharing ticket keys across a pool (nginx, Apache, HAProxy), and the s_client commands that show it.
// src/policy/resumption.ts decides when a finding is due; this file only says how to fix and show it.
import type { FixLines } from '../model/report.js';

/** Every address of a pool must hold the same ticket keys (or tickets off and a shared session cache). */
export const SHARED_TICKET_KEYS_FIX: FixLines = {
  nginx: ['ssl_session_ticket_key /etc/nginx/ticket.key;  # the same key file on every server of the pool'],
  apache: [
    'SSLSessionTicketKeyFile /etc/apache2/ticket.key  # the same key file on every server of the pool'
  ],
  haproxy: [
    'bind :443 ssl crt /etc/haproxy/site.pem tls-ticket-keys /etc/haproxy/ticket.keys  # shared by every node'
  ],
  text: 'Distribute the same session ticket keys to every server behind the name (and rotate them together), or turn tickets off (nginx: ssl_session_tickets off;) and use a shared session cache.'
};

/** How to turn one resumption mechanism on or off. */
export interface ResumptionSwitch {
  on: FixLines;
  off: FixLines;
}

export const SESSION_ID_SWITCH: ResumptionSwitch = {
  on: {
    nginx: ['ssl_session_cache shared:SSL:10m;', 'ssl_session_timeout 1d;'],
    apache: ['SSLSessionCache shmcb:/var/run/apache2/ssl_scache(512000)', 'SSLSessionCacheTimeout 300'],
    haproxy: ['tune.ssl.cachesize 20000  # global section']
  },
  off: {
    nginx: ['ssl_session_cache off;'],
    apache: ['SSLSessionCache none'],
    haproxy: ['tune.ssl.cachesize 0  # global section']
  }
};

export const SESSION_TICKET_SWITCH: ResumptionSwitch = {
  on: {
    nginx: ['ssl_session_tickets on;'],
    apache: ['SSLSessionTickets on'],
    haproxy: ['# remove no-tls-tickets from the bind line']
  },
  off: {
    nginx: ['ssl_session_tickets off;'],
    apache: ['SSLSessionTickets off'],
    haproxy: ['bind :443 ssl crt /etc/haproxy/site.pem no-tls-tickets']
  }
};
