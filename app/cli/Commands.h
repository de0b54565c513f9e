#pragma once

#include "CommandContext.h"

namespace rs::cli {

int importCommand(CommandContext& context);
int listCommand(CommandContext& context);
int showCommand(CommandContext& context);

} // namespace rs::cli
