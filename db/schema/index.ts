export * from './reference.ts';
export * from './complaints.ts';
export * from './staff.ts';
export * from './publishing.ts';
export * from './operations.ts';
