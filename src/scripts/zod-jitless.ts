/**
 * Switch off zod's compiled parsers, which use `new Function` and so break the
 * Content-Security-Policy. Zod decides when a schema is created, so browser entry points import
 * this module before any module that defines a schema.
 */

import { z } from 'zod';

z.config({ jitless: true });
