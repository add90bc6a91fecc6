import type { Stack, StackService, StackWarning } from './stack.js';

/**
 * Services Docker Compose would refuse, which the findings would otherwise judge quietly:
 * neither an image nor a build once every file and `extends` is merged.
 */
export function servicesWithoutImage(stack: Stack): StackWarning[] {
  return stack.services.flatMap(noImage);
}

function noImage(service: StackService): StackWarning[] {
  const { image, build } = service.data;
  if ((image !== undefined && image !== null && image !== '') || build) return [];
  return [
    {
      file: service.home.file.compose.file,
      line: service.home.service.line,
      code: 'NO_IMAGE',
      message: `service ${service.name} has neither an image nor a build; Docker Compose refuses it`,
    },
  ];
}
