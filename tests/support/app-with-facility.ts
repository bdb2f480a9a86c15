import { createFacility } from '../factories/identity';
import { TestApp, TestAppOptions, startTestApp } from './app';

/** The usual file setup: a server on its own database, and a facility to register users at. */
export async function startAppWithFacility(options?: TestAppOptions): Promise<{ app: TestApp; facilityId: string }> {
  const app = await startTestApp(options);
  return { app, facilityId: (await createFacility(app)).id };
}
