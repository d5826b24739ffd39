import { defineConfig } from 'drizzle-kit';

// Generates reviewed SQL migrations from the schema: `npm run db:generate -- --name <what-changed>`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
