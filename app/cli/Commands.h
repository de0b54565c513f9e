#pragma once

#include "CommandContext.h"
#include "CommandSyntax.h"

namespace rs::cli {

// Each command, and what it accepts: the options its parser takes and its help's usage and options come
// from the same syntax (CommandSyntax).
int importCommand(CommandContext& context);
CommandSyntax importSyntax();
int listCommand(CommandContext& context);
CommandSyntax listSyntax();
int showCommand(CommandContext& context);
CommandSyntax showSyntax();
int extractCommand(CommandContext& context);
CommandSyntax extractSyntax();
int metricsCommand(CommandContext& context);
CommandSyntax metricsSyntax();
int scoreCommand(CommandContext& context);
CommandSyntax scoreSyntax();
int chartCommand(CommandContext& context);
CommandSyntax chartSyntax();
int searchCommand(CommandContext& context);
CommandSyntax searchSyntax();
int alignCommand(CommandContext& context);
CommandSyntax alignSyntax();
int annotateCommand(CommandContext& context);
CommandSyntax annotateSyntax();
int autocodeCommand(CommandContext& context);
CommandSyntax autocodeSyntax();
int annotationsCommand(CommandContext& context);
CommandSyntax annotationsSyntax();
int agreementCommand(CommandContext& context);
CommandSyntax agreementSyntax();
int indicatorsCommand(CommandContext& context);
CommandSyntax indicatorsSyntax();
int migrateCommand(CommandContext& context);
CommandSyntax migrateSyntax();
int teamCommand(CommandContext& context);
CommandSyntax teamSyntax();

} // namespace rs::cli
