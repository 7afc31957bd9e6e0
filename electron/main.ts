import { app } from 'electron';
import { createLeadCore } from './lead-core';
void app; void createLeadCore;
