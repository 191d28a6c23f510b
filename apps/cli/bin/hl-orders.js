#!/usr/bin/env node
// Kept outside dist so that the workspace can link the bin before the first build.
import '../dist/cli.js';
