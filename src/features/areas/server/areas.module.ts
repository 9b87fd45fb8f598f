import { defineServerModule } from '../../../platform/server/module.ts';

export const areasModule = defineServerModule({
  name: 'areas',
});
