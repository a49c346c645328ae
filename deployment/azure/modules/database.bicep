// Azure Database for PostgreSQL flexible server and the app's database. Flyway (inside the app) creates the
// tables at first start. Connections must use TLS (the server's default, require_secure_transport=on).
//
// Network: public access guarded by the firewall and the password. With allowAzureServices the firewall admits
// connections from any Azure service, including other customers' (the password still has to match). For
// production, prefer private access (VNet integration for the web app and a delegated subnet for the server),
// which has to be chosen when the server is created: see deployment/azure/README.md.

@description('Name of the server (3-63 lower-case letters, digits and hyphens, unique in Azure).')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('Compute tier, matching skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('PostgreSQL major version.')
param version string

@description('Storage in GiB (it grows automatically when nearly full).')
param storageSizeGB int

@description('Days of automatic backups kept for point-in-time restore (7 to 35).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int

@description('Copy backups to the paired region as well.')
@allowed([
  'Disabled'
  'Enabled'
])
param geoRedundantBackup string

@description('High availability: Disabled, or a standby in the same zone or another zone (doubles the compute cost).')
@allowed([
  'Disabled'
  'SameZone'
  'ZoneRedundant'
])
param highAvailability string

@description('Administrator user name (the app connects as this user).')
param administratorLogin string

@secure()
@description('Administrator password.')
param administratorPassword string

@description('Name of the app\'s database.')
param databaseName string

@description('Add the firewall rule that admits connections from Azure services (needed for the web app without VNet integration).')
param allowAzureServices bool

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: geoRedundantBackup
    }
    highAvailability: {
      mode: highAvailability
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The start and end address 0.0.0.0 is Azure's convention for "allow Azure services".
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (allowAzureServices) {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

output name string = server.name
output fqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
