/** Types of scripts/functions-locale.js (a CommonJS webpack plugin), for the tests. */
import type { Compiler } from "webpack";

declare class LocalizedMetadataPlugin {
  constructor(options?: LocalizedMetadataOptions);
  apply(compiler: Compiler): void;
}

declare namespace LocalizedMetadataPlugin {
  export interface MetadataParameter {
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
  }

  export interface MetadataFunction {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: MetadataParameter[];
    result: { type?: string; dimensionality?: string };
  }

  export interface FunctionsMetadata {
    functions: MetadataFunction[];
    allowCustomDataForDataTypeAny?: boolean;
    allowErrorForDataTypeAny?: boolean;
  }

  /** function id → translated name (optional), description and parameter descriptions. */
  export type TranslationTable = Record<
    string,
    { name?: string; description: string; params?: Record<string, string> }
  >;

  export interface LocalizedMetadataOptions {
    source?: string;
    output?: string;
    table?: string;
    readme?: string;
    helpPage?: string;
  }

  export { LocalizedMetadataPlugin };
  export function localizeMetadata(
    metadata: FunctionsMetadata,
    table: TranslationTable,
  ): { metadata: FunctionsMetadata; problems: string[] };
  export function withErrorInputs(metadata: FunctionsMetadata): FunctionsMetadata;
  export function readmeSection(readme: string, title: string): string | null;
}

export = LocalizedMetadataPlugin;
