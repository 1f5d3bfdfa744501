import { AppError } from '../../../shared/ipc/result';

/**
 * INVALID_INPUT about one field of the request, in the shape the dispatcher uses for
 * schema problems (`details: [{ path, message }]`), so front ends place both the same way.
 */
export function fieldError(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', `${path} ${message}`, [{ path, message }]);
}
