#!/usr/bin/env node
// Entry point of the tls-gate CLI; the bundle is in ./cli/.
import './cli/index.js';
