package vn.pcmt.reporting;

import vn.pcmt.platform.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
}
