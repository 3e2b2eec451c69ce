/** Messages between the editor and the simulation worker. Pure types. */
import type { CoverageData } from '../../engine/coverage';
import type { FrameSummary, FrameView, ScenarioReport } from '../../engine/index';

export type SimRequest =
  | { type: 'suite'; id: number; journeyText: string; scenarioText: string; fileName: string }
  | { type: 'debugStart'; id: number; journeyText: string; scenarioText: string; scenarioName?: string; playSteps: boolean }
  | { type: 'submit'; id: number; from: number; stepId: string; body: unknown; request: { headers?: Record<string, string>; clientCert?: string } }
  | { type: 'advance'; id: number; from: number; ms: number; label: string }
  | { type: 'frame'; id: number; index: number }
  | { type: 'scenarioFromRun'; id: number; upTo: number; name: string };

export type SimReply =
  | { type: 'progress'; id: number; done: number; total: number; current?: string }
  | { type: 'suiteResult'; id: number; scenarios: ScenarioReport[]; coverage?: CoverageData; error?: string }
  | { type: 'timeline'; id: number; frames: FrameSummary[]; view: FrameView | undefined; error?: string }
  | { type: 'frame'; id: number; view: FrameView | undefined }
  | { type: 'scenario'; id: number; scenario: unknown }
  | { type: 'error'; id: number; message: string };
