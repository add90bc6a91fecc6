import type { Stack, StackWarning } from './stack.js';

/**
 * Services Docker Compose would refuse that the findings would otherwise judge quietly: one
 * with neither an image nor a build once every file and `extends` is merged.
 */
export function unsupportedFeatures(stack: Stack): StackWarning[] {
  return stack.services.flatMap((service): StackWarning[] => {
    const { image, build } = service.data;
    if ((image !== undefined && image !== null && image !== '') || build) return [];
    return [
      {
        file: service.home.file.compose.file,
        line: service.home.service.line,
        code: 'NO_IMAGE',
        message:
          `service ${service.name} has neither an image nor a build; ` +
          'Docker Compose refuses it',
      },
    ];
  });
}
