#pragma once

#include "CommandContext.h"

namespace rs::cli {

int importCommand(CommandContext& context);
int listCommand(CommandContext& context);
int showCommand(CommandContext& context);
int extractCommand(CommandContext& context);
int metricsCommand(CommandContext& context);
int scoreCommand(CommandContext& context);
int chartCommand(CommandContext& context);
int searchCommand(CommandContext& context);
int alignCommand(CommandContext& context);
int annotateCommand(CommandContext& context);
int autocodeCommand(CommandContext& context);
int annotationsCommand(CommandContext& context);
int indicatorsCommand(CommandContext& context);

} // namespace rs::cli
