using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Generator.Emit;
using ComplianceGen.Generator.Schema;
using ComplianceGen.Rules;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>
/// Compiles <c>*.rules</c> AdditionalFiles into validators. Pipeline: rule text → parse → bind
/// against the model schema (extracted from the compilation) → plan (evaluation order, shared
/// values, helpers) → print one file per rule file, plus a registry and the cross-file duplicate-id check. Every step holds equatable data only,
/// so unrelated C# edits re-run nothing and editing one rule file re-emits only that file.
/// The generator never throws: problems become diagnostics located in the rule file.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RulesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => options.GlobalOptions.TryGetValue("build_property.projectdir", out var directory) ? directory : "")
            .WithTrackingName(TrackingNames.ProjectDirectory);

        var read = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase))
            .Combine(projectDirectory)
            .Select(static (pair, cancellationToken) =>
            {
                var text = pair.Left.GetText(cancellationToken);
                return new RuleSource(pair.Left.Path, RelativePath(pair.Left.Path, pair.Right), text?.ToString() ?? "");
            })
            .WithTrackingName(TrackingNames.RuleSources);

        // Names are given over all files at once, so they are unique; each file then goes on alone,
        // and a file whose text and names did not change stays cached downstream.
        var sources = read
            .Collect()
            .SelectMany(static (files, _) => GeneratedFiles.Assign(files))
            .WithTrackingName(TrackingNames.GeneratedFiles);

        var parsed = sources
            .Select(static (source, cancellationToken) => (source.File, Parsed: RuleFileParser.Parse(source.Source.Path, source.Source.Text, cancellationToken)))
            .WithTrackingName(TrackingNames.ParsedRules);

        var schema = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => SchemaExtractor.Extract(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ModelSchema);

        var bound = parsed
            .Combine(schema)
            .Select(static (pair, cancellationToken) => (pair.Left.File, Bound: Binder.Bind(pair.Left.Parsed, pair.Right, cancellationToken), Schema: pair.Right))
            .WithTrackingName(TrackingNames.BoundRules);

        // The plan holds everything the emitter prints and nothing else: a model change that plans the
        // same code re-emits nothing.
        var planned = bound
            .Select(static (file, cancellationToken) => FilePlanner.Plan(file.File, file.Bound, file.Schema, cancellationToken))
            .WithTrackingName(TrackingNames.RulePlans);

        context.RegisterSourceOutput(planned, static (output, file) =>
        {
            foreach (var diagnostic in file.Diagnostics) output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            if (file.Plan.Rules.Count == 0) return;
            string code;
            try
            {
                code = FileEmitter.Emit(file.Plan);
            }
            catch (InsufficientExecutionStackException)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(RuleDiagnostic.Create(
                    DiagnosticCatalog.NestedTooDeeply, file.Plan.Path, file.Plan.Rules[0].IdSpan, NestingLimits.MaxBrackets, NestingLimits.MaxDepth)));
                return;
            }
            catch (Exception exception)
            {
                output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(RuleDiagnostic.Create(
                    DiagnosticCatalog.InternalError, file.Plan.Path, file.Plan.Rules[0].IdSpan, exception.GetType().Name + ": " + exception.Message)));
                return;
            }
            output.AddSource(file.Plan.HintName, SourceText.From(code, System.Text.Encoding.UTF8));
        });

        // Duplicate ids across files: only ids and their places go into this step, so editing a
        // rule's body does not re-run it.
        var duplicates = parsed
            .Select(static (file, _) => file.Parsed.Syntax.Rules
                .Select(rule => new RuleIdEntry(rule.Id, file.Parsed.Path, file.File.RelativePath, rule.IdSpan))
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.RuleIds)
            .Collect()
            .Select(static (files, _) => DuplicateIds.Find(files.SelectMany(f => f)))
            .WithTrackingName(TrackingNames.DuplicateIds);

        context.RegisterSourceOutput(duplicates, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics) output.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
        });

        var registry = planned
            .Select(static (file, _) => new RegistryEntry(
                file.Plan.RelativePath,
                file.Plan.ContainerClass,
                file.Plan.Rules.Select(rule => (rule.Id, rule.ClassName)).ToEquatableArray()))
            .Collect()
            .Select(static (entries, _) => entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ThenBy(e => e.ContainerName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(registry, static (output, entries) =>
            output.AddSource(HintNames.Registry, SourceText.From(RegistryEmitter.Emit(entries.ToList()), System.Text.Encoding.UTF8)));
    }

    /// <summary>The rule file's path relative to the project, with forward slashes; the file name when that cannot be told.</summary>
    internal static string RelativePath(string path, string projectDirectory)
    {
        string normalized = path.Replace('\\', '/');
        string directory = projectDirectory.Replace('\\', '/');
        if (directory.Length > 0 && !directory.EndsWith("/", StringComparison.Ordinal)) directory += "/";
        if (directory.Length > 0 && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            return normalized.Substring(directory.Length);
        return Path.GetFileName(normalized);
    }
}
