/**
 * The security headers every response carries whatever its content (the web app's adds its
 * Content-Security-Policy; routes answered in front of the framework, such as HLS, add their
 * own). HSTS only in production, where TLS is expected in front.
 */
export function baseSecurityHeaders(env: 'development' | 'production' | 'test'): Record<string, string> {
  return {
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(env === 'production' ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
