// Shell completion for sls-compile, generated from the commands' own option definitions.
#pragma once

#include <cxxopts.hpp>
#include <string>
#include <vector>

struct CommandOptions {
  std::string name;  // "" for sls-compile itself, else the subcommand
  cxxopts::Options options;
};

// A completion script for `shell` (bash or zsh); empty for another shell.
std::string completionScript(const std::string& shell, const std::vector<CommandOptions>& commands);
